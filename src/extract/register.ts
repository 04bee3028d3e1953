/** Side-effect imports that register the format readers beyond plain text. */
export {};
