import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names, skipping falsy values. There is no tailwind-merge here: a caller's className
 * is appended after a component's own classes, so pass classes that add to them rather than ones
 * that fight over the same property.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
