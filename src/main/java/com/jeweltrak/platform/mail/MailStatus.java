package com.jeweltrak.platform.mail;

/** Where a queued mail stands: waiting (also between retries), delivered, or given up after the last attempt. */
public enum MailStatus { QUEUED, SENT, FAILED }
