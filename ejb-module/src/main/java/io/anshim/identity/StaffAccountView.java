package io.anshim.identity;

import java.io.Serializable;

/** A staff account as operators see it (never the password hash). */
public record StaffAccountView(
    long id, String username, String role, String displayName, Long centerId, boolean enabled)
    implements Serializable {}
