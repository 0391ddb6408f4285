/**
 * Training the network: the run (data split, synthetic drawings, checkpoints, resuming), the epoch
 * loop, the model card of the result, and saving it beside its history.
 */
package io.digitpad.training;
