package io.locutor.storage;

import java.net.URI;
import java.time.Duration;

/**
 * Where S3 audio lives and how to reach it. {@code endpoint} is empty for AWS itself, or an S3-compatible server
 * (MinIO) with {@code pathStyle}; {@code presignEndpoint} is the host callers reach it by, when that differs from
 * the app's (a container name inside compose, localhost outside). Empty keys mean the SDK's default credential chain.
 */
public record S3Config(String bucket, String prefix, String region, String endpoint, String presignEndpoint,
                       boolean pathStyle, String accessKey, String secretKey, Duration presignExpiry,
                       String publicBaseUrl, boolean createBucket) {

    public S3Config {
        prefix = trimSlashes(prefix);
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? "" : trimSlashes(publicBaseUrl);
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalStateException("Setting locutor.storage.s3.bucket (LOCUTOR_S3_BUCKET) is required when LOCUTOR_STORAGE=s3");
        }
        if (presignExpiry.isNegative() || presignExpiry.isZero() || presignExpiry.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalStateException("Setting locutor.storage.s3.presign-expiry (LOCUTOR_S3_PRESIGN_EXPIRY) must be 1..604800 seconds");
        }
    }

    /** The object key of one audio: {@code <prefix>/<cache_key>.<ext>}. */
    String objectKey(String cacheKey, String extension) {
        String name = cacheKey + "." + extension;
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    boolean hasStaticKeys() {
        return !accessKey.isBlank() && !secretKey.isBlank();
    }

    URI endpointUri() {
        return endpoint.isBlank() ? null : URI.create(endpoint);
    }

    URI presignEndpointUri() {
        return presignEndpoint.isBlank() ? endpointUri() : URI.create(presignEndpoint);
    }

    private static String trimSlashes(String value) {
        String v = value == null ? "" : value.trim();
        while (v.startsWith("/")) {
            v = v.substring(1);
        }
        while (v.endsWith("/")) {
            v = v.substring(0, v.length() - 1);
        }
        return v;
    }
}
