package com.jeweltrak.platform.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API operation that moves money or stock as honouring the {@code Idempotency-Key} header (design §4): the same
 * key and body replays the first answer, the same key with another body is refused (422), and a retry while the first
 * is still running is told so (409). Without the header the operation runs as usual.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
