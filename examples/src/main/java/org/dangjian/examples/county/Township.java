package org.dangjian.examples.county;

import org.dangjian.core.code.Jurisdiction;

/**
 * A township (street) of the sample county, such as {@code 430102001 东风路街道}. The nine-digit codes follow the
 * statistical division codes under a real GB/T 2260 county; the township numbers and names are made up.
 *
 * @param code the nine-digit township code, not null
 * @param name the name, not null
 */
public record Township(Jurisdiction code, String name) {}
