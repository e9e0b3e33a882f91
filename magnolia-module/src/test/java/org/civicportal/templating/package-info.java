/**
 * Tests of the macro library rendered by the real FreeMarker engine: escaping of everything editors
 * type, page structure, messages and the counter block. Its fixtures (content beans, a site context
 * with the standalone's URLs, render-and-parse) serve the rendering tests of the other packages
 * too.
 */
package org.civicportal.templating;
