package io.anshim.waitingroom.api;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks booking API resources or methods that only a person admitted by the waiting room may call:
 * without a valid admission token (header X-Admission-Token, or the one the waiting room kept in
 * the session) the answer is 403 {@code admission-required}; without a citizen session, 401.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdmissionRequired {}
