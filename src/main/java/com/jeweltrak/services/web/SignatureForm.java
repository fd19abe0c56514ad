package com.jeweltrak.services.web;

import java.util.Base64;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.services.SignatureKind;

/**
 * The signing pad as posted (03-services §5): the kind, the signer's name and the drawing as a PNG data URL (or plain
 * base64, as the API sends it). Kept whole when refused, so the pad shows the same drawing again.
 */
record SignatureForm(String kind, String signerName, String image, String deviceInfo) {

    static SignatureForm blank(SignatureKind kind, String signerName) {
        return new SignatureForm(kind.value(), signerName, null, null);
    }

    SignatureKind signatureKind() {
        try {
            return SignatureKind.of(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BusinessRuleViolated("kind", "Choose the intake or the pickup signature.");
        }
    }

    /** The PNG's bytes; an empty pad sends nothing, which is no drawing (null). */
    byte[] png() {
        if (image == null || image.isBlank()) return null;
        String data = image.strip();
        int comma = data.indexOf(',');
        if (data.startsWith("data:")) {
            if (comma < 0 || !data.substring(0, comma).equals("data:image/png;base64")) {
                throw new BusinessRuleViolated("image", "The signature must be a PNG image.");
            }
            data = data.substring(comma + 1);
        }
        try {
            return Base64.getMimeDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolated("image", "The signature image could not be read (base64 PNG expected).");
        }
    }
}
