package io.digitpad.web;

/**
 * The body of every error answer.
 *
 * @param error what was wrong, in words meant for the person sending the request
 */
public record ApiError(String error) {}
