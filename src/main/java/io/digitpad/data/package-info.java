/** MNIST: reading IDX files, fetching and verifying the data set, holding images and labels. */
package io.digitpad.data;
