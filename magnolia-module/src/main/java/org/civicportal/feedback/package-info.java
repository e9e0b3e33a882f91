/**
 * What the two kinds of visitor feedback, ratings and polls, share: the {@link org.civicportal.feedback.Refusal}
 * their services throw when they turn a visitor's request down.
 */
package org.civicportal.feedback;
