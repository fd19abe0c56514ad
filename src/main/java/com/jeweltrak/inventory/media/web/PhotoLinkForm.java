package com.jeweltrak.inventory.media.web;

/** The Photos tab's "Add a link" form: the external image's address (kept as typed when it is refused). */
record PhotoLinkForm(String url) {

    static PhotoLinkForm blank() {
        return new PhotoLinkForm("");
    }
}
