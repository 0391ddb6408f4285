/** The network: its definition, its model card, and saving and loading it safely. */
package io.digitpad.model;
