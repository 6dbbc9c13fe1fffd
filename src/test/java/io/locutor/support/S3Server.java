package io.locutor.support;

import java.net.URI;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** A real S3 API in-process: s3proxy over an in-memory blob store, signature-checked, on a free port. */
public final class S3Server {

    public static final String ACCESS_KEY = "locutor-test-access";
    public static final String SECRET_KEY = "locutor-test-secret-5d1e8a";
    public static final String REGION = "us-east-1";

    private final S3Proxy proxy;
    private final String accessKey;
    private final String secretKey;

    private S3Server(S3Proxy proxy, String accessKey, String secretKey) {
        this.proxy = proxy;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    public static S3Server start() {
        return start(ACCESS_KEY, SECRET_KEY);
    }

    /** With the credentials a deployment gives it (e.g. docker-compose.yml's MinIO defaults). */
    public static S3Server start(String accessKey, String secretKey) {
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .build();
        try {
            proxy.start();
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not start", e);
        }
        return new S3Server(proxy, accessKey, secretKey);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    /** A client of the test's own, to look behind locutor's back. */
    public S3Client client() {
        return S3Client.builder().region(Region.of(REGION)).endpointOverride(URI.create(endpoint()))
                .forcePathStyle(true).httpClientBuilder(ApacheHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .build();
    }

    public void stop() throws Exception {
        proxy.stop();
    }
}
