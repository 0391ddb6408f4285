/** The HTTP server: the drawing page, the model page, the JSON API, limits and error answers. */
package io.digitpad.web;
