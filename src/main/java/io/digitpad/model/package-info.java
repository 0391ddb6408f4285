/**
 * The network: its definition, the recipes it is trained with, its model card, and saving and
 * loading it safely.
 */
package io.digitpad.model;
