package io.anshim.identity;

import java.io.Serializable;

/** A registered business owner's account: the user name to sign in with, and the business. */
public record BusinessAccountView(String username, String businessNumber, String businessName)
    implements Serializable {}
