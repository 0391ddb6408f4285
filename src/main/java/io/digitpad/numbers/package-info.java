/**
 * Reading whole numbers: a postal code or an amount written as several digits side by side, split
 * into digits and each recognised by the one recognition path.
 */
package io.digitpad.numbers;
