package io.anshim.booking.leftover;

import java.io.Serializable;

/** A vaccinator's post of leftover doses: which vaccine, how many more. */
public record LeftoverPost(String vaccineCode, Integer count) implements Serializable {}
