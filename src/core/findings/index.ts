export * from "./codes";
export * from "./types";
export * from "./report";
export * from "./explanations";
