/**
 * Tests of opinion polls on a real Jackrabbit (the rules, every kind of bad answer list) and of
 * their widget and archive markup, with fixtures that store polls the way the poll app does,
 * hostile ones included.
 */
package org.civicportal.poll;
