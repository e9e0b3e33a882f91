/**
 * What the two kinds of visitor feedback, ratings and polls, share: the {@link
 * org.civicportal.feedback.Refusal} their services throw when they turn a visitor's request down,
 * and the {@link org.civicportal.feedback.VoteRecords} that record each visitor's one vote in
 * civic-feedback.
 */
package org.civicportal.feedback;
