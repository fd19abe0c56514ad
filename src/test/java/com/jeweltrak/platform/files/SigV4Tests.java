package com.jeweltrak.platform.files;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-made Signature V4 against AWS's own published example (brief K2 §1: S3 without an SDK). */
class SigV4Tests {

    // AWS S3 API reference, "Signature calculations for the Authorization header", example "GET Object":
    // GET /test.txt from examplebucket, Range bytes=0-9, 2013-05-24T00:00:00Z, us-east-1, the documented example keys
    @Test
    void theSignatureMatchesAwsPublishedGetObjectExample() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "examplebucket.s3.amazonaws.com");
        headers.put("Range", "bytes=0-9");
        headers.put("x-amz-content-sha256", SigV4.EMPTY_SHA256);
        headers.put("x-amz-date", "20130524T000000Z");

        String authorization = SigV4.authorization("GET", "/test.txt", "", headers, SigV4.EMPTY_SHA256,
                "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1", "s3",
                Instant.parse("2013-05-24T00:00:00Z"));

        assertThat(authorization).isEqualTo("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
                + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    }

    // the object key's characters outside the unreserved set are percent-encoded; slashes between segments stay
    @Test
    void aKeyIsPercentEncodedExceptItsSlashes() {
        assertThat(SigV4.encodePath("/bucket/test$file.text")).isEqualTo("/bucket/test%24file.text");
    }
}
