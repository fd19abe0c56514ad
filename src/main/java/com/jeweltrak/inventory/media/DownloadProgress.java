package com.jeweltrak.inventory.media;

import com.jeweltrak.platform.files.FileId;

/** How far a Bulk Image Download has come: "34 of 120 photos", then the ZIP. */
public record DownloadProgress(long id, int total, int done, Status status, FileId zip) {

    public enum Status { RUNNING, READY, FAILED }

    public boolean ready() {
        return status == Status.READY;
    }

    public boolean running() {
        return status == Status.RUNNING;
    }
}
