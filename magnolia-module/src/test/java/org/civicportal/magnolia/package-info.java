/**
 * Tests of the Magnolia adapter without a running Magnolia: the module descriptor wired as Magnolia
 * 6.2.45 wires it, the bootstrap files loaded into a config workspace as Magnolia loads them, and
 * the sample site rendered as Magnolia's renderer renders it.
 *
 * <p>Where an unpacked Magnolia 6.2.45 bundle is named ({@code civic.magnolia.lib} or {@code
 * CIVIC_MAGNOLIA_LIB}), some tests also compare the stubs and configuration with the real Magnolia;
 * without one they are skipped and say why.
 */
package org.civicportal.magnolia;
