/** Training the network: recipes, the training loop, progress, history and evaluation. */
package io.digitpad.training;
