package com.jeweltrak.inventory.media;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server-side fetch of a linked photo never reaches into private networks (R6, brief K2 §2). */
class ImageLinksTests {

    // a typed address for loopback or a cloud metadata service is refused before any request is sent
    @Test
    void aLinkIntoAPrivateNetworkIsRefused() {
        ImageLinks links = new ImageLinks(false);
        assertThatThrownBy(() -> links.fetch("http://127.0.0.1:8080/admin.png", "url"))
                .isInstanceOf(PhotoRefused.class).hasMessageContaining("private network");
        assertThatThrownBy(() -> links.fetch("http://169.254.169.254/latest/meta-data", "url"))
                .isInstanceOf(PhotoRefused.class).hasMessageContaining("private network");
    }

    // loopback, private, link-local and unique-local addresses count as internal; a public one does not
    @Test
    void internalAddressesAreRecognised() throws Exception {
        assertThat(ImageLinks.internal(InetAddress.getByName("10.1.2.3"))).isTrue();
        assertThat(ImageLinks.internal(InetAddress.getByName("192.168.0.10"))).isTrue();
        assertThat(ImageLinks.internal(InetAddress.getByName("::1"))).isTrue();
        assertThat(ImageLinks.internal(InetAddress.getByName("fd00::1"))).isTrue();
        assertThat(ImageLinks.internal(InetAddress.getByName("93.184.215.14"))).isFalse();
    }

    // only http and https addresses are taken
    @Test
    void onlyWebAddressesAreTaken() {
        assertThatThrownBy(() -> ImageLinks.parse("file:///etc/passwd", "url"))
                .isInstanceOf(PhotoRefused.class).hasMessageContaining("http:// or https://");
    }
}
