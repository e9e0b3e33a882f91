/**
 * The site's identity: who publishes it (agency, province, emblem) and the publisher block every
 * Vietnamese government portal shows in its footer (governing body, address, phone, e-mail, person
 * responsible, licence), in each of the site's languages. Magnolia fills it from the module
 * configuration, the standalone from its options; both start from the same demo values.
 */
package org.civicportal.identity;
