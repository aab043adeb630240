package io.anshim.identity;

import java.io.Serializable;

/** What staff may see of a person they serve: the name and the masked resident number. */
public record CitizenCard(long citizenId, String name, String maskedResidentNumber)
    implements Serializable {}
