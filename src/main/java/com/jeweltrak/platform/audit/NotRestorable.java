package com.jeweltrak.platform.audit;

/** Only rows of tenant tables, guarded by row-level security, are ever written by a restore. */
public class NotRestorable extends RestoreRefused {

    NotRestorable(String why) {
        super(why, false);
    }
}
