/**
 * Checks of the light module's definitions the way Magnolia will read them: YAML, templates,
 * dialogs, message keys in every language, macro calls against macro definitions, and the sample
 * site's pages against the templates they name. Problems are collected and reported together.
 */
package org.civicportal.definitions;
