package com.jeweltrak.sales.documents.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.jeweltrak.sales.documents.ConfiguringPaymentOptions;
import com.jeweltrak.sales.documents.StorePaymentOption;
import org.springframework.web.multipart.MultipartFile;

/** The add / edit form of a payment option; the kind is chosen once, when the option is added. */
record PaymentOptionForm(String kind, String label, String url, String instructions, MultipartFile image) {

    static PaymentOptionForm blank() {
        return new PaymentOptionForm(StorePaymentOption.Kind.LINK.name(), "", "", "", null);
    }

    static PaymentOptionForm of(StorePaymentOption option) {
        return new PaymentOptionForm(option.kind().name(), option.label(), option.url(), option.instructions(), null);
    }

    ConfiguringPaymentOptions.Details toDetails() {
        StorePaymentOption.Kind chosen = null;
        for (StorePaymentOption.Kind k : StorePaymentOption.Kind.values()) if (k.name().equals(kind)) chosen = k;
        ConfiguringPaymentOptions.Upload upload = null;
        if (image != null && !image.isEmpty()) {
            try {
                upload = new ConfiguringPaymentOptions.Upload(image.getOriginalFilename(), image.getContentType(),
                        image.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ConfiguringPaymentOptions.Details(chosen, label, url, instructions, upload);
    }
}
