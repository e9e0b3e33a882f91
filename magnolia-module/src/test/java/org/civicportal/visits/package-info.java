/**
 * Tests of visit counting and of the statistics series on a real Jackrabbit, with a clock the test
 * moves; also the statistics bench that {@code bench/visit-series.sh} runs, which is not a test.
 */
package org.civicportal.visits;
