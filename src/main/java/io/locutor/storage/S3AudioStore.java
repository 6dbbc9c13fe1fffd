package io.locutor.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import io.locutor.problem.LocutorException;
import org.apache.camel.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.CreateBucketConfiguration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Audio objects in S3 (or an S3-compatible server) through the AWS SDK that camel-aws2-s3 brings: objects
 * {@code <prefix>/<cache_key>.<ext>} with their media type and how they were made as user metadata. Callers fetch
 * them straight from S3: by a presigned GET URL made per answer, or by a public base URL when one is configured.
 */
public class S3AudioStore implements AudioStore, Service {

    private static final Logger LOG = LoggerFactory.getLogger(S3AudioStore.class);

    private final S3Config config;
    private final S3Client s3;
    private final S3Presigner presigner;

    public S3AudioStore(S3Config config) {
        this.config = config;
        AwsCredentialsProvider credentials = config.hasStaticKeys()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey(), config.secretKey()))
                : DefaultCredentialsProvider.builder().build();
        Region region = Region.of(config.region());
        // S3-compatible servers get the plain body: no aws-chunked framing (chunk signatures over http, trailing
        // checksums since SDK 2.30), which servers that do not decode it (s3rver, several hosted stores) would store
        // as the object itself. The payload is signed whole instead; checksums only where an operation requires one.
        S3Configuration s3Options = S3Configuration.builder().pathStyleAccessEnabled(config.pathStyle())
                .chunkedEncodingEnabled(config.endpointUri() == null).build();
        var client = S3Client.builder().region(region).credentialsProvider(credentials)
                .serviceConfiguration(s3Options).httpClientBuilder(ApacheHttpClient.builder());
        var signer = S3Presigner.builder().region(region).credentialsProvider(credentials).serviceConfiguration(s3Options);
        if (config.endpointUri() != null) {
            client.endpointOverride(config.endpointUri())
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        if (config.presignEndpointUri() != null) {
            signer.endpointOverride(config.presignEndpointUri());
        }
        this.s3 = client.build();
        this.presigner = signer.build();
    }

    /** Creates the bucket when it is missing and the settings allow it; otherwise a missing bucket stops the start. */
    public S3AudioStore ensureBucket() {
        try {
            s3.headBucket(b -> b.bucket(config.bucket()));
            return this;
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw new IllegalStateException("S3 bucket " + config.bucket() + " is not usable (HTTP " + e.statusCode()
                        + "): check LOCUTOR_S3_BUCKET and the credentials' permissions", e);
            }
        }
        if (!config.createBucket()) {
            throw new IllegalStateException("S3 bucket " + config.bucket() + " does not exist: create it, or set LOCUTOR_S3_CREATE_BUCKET=true");
        }
        s3.createBucket(b -> {
            b.bucket(config.bucket());
            // us-east-1 is the one region that rejects being named as a location constraint.
            if (!Region.US_EAST_1.id().equals(config.region())) {
                b.createBucketConfiguration(CreateBucketConfiguration.builder().locationConstraint(config.region()).build());
            }
        });
        LOG.info("Created S3 bucket {}", config.bucket());
        return this;
    }

    @Override
    public void save(String cacheKey, String extension, String contentType, Path file, Map<String, String> metadata)
            throws IOException {
        try {
            s3.putObject(b -> b.bucket(config.bucket()).key(config.objectKey(cacheKey, extension))
                    .contentType(contentType).metadata(metadata), RequestBody.fromFile(file));
        } catch (SdkException e) {
            throw unavailable("store", e);
        }
        Files.deleteIfExists(file);
    }

    /** One HEAD request: the index is trusted only while the object is really there. */
    @Override
    public boolean delete(String cacheKey, String extension) {
        // S3 deletes are idempotent and say nothing of what was there: ask first, so purge counts are true.
        boolean existed = exists(cacheKey, extension);
        if (existed) {
            try {
                s3.deleteObject(b -> b.bucket(config.bucket()).key(config.objectKey(cacheKey, extension)));
            } catch (SdkException e) {
                throw unavailable("delete", e);
            }
        }
        return existed;
    }

    @Override
    public boolean exists(String cacheKey, String extension) {
        try {
            s3.headObject(b -> b.bucket(config.bucket()).key(config.objectKey(cacheKey, extension)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw unavailable("check", e);
        } catch (SdkException e) {
            throw unavailable("check", e);
        }
    }

    @Override
    public Optional<byte[]> read(String cacheKey, String extension) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(config.bucket())
                    .key(config.objectKey(cacheKey, extension))).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw unavailable("read", e);
        }
    }

    /** Made per answer, never cached: a presigned URL handed out later would already have expired. */
    @Override
    public String url(String cacheKey, String extension) {
        String key = config.objectKey(cacheKey, extension);
        if (!config.publicBaseUrl().isEmpty()) {
            return config.publicBaseUrl() + "/" + key;
        }
        return presigner.presignGetObject(p -> p.signatureDuration(config.presignExpiry())
                .getObjectRequest(g -> g.bucket(config.bucket()).key(key))).url().toString();
    }

    @Override
    public boolean servedByLocutor() {
        return false;
    }

    @Override
    public void start() {
        // Ready once built: the clients open connections on first use.
    }

    /** Closes the clients' pooled connections when the application stops. */
    @Override
    public void stop() {
        presigner.close();
        s3.close();
    }

    private LocutorException unavailable(String action, SdkException e) {
        // The SDK's message names the bucket and key, never the credentials.
        LOG.warn("S3 {} failed: {}", action, e.getMessage());
        return new LocutorException(503, "storage_unavailable",
                "Audio storage (S3) could not " + action + " the audio right now. Retry shortly.");
    }
}
