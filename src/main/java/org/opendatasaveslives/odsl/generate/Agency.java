package org.opendatasaveslives.odsl.generate;

/** The kinds of agency whose person-level records the synthetic population appears in. */
public enum Agency {
    POLICE, HEALTH, SOCIAL_CARE
}
