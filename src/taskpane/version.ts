/** The add-in's version, written into .xlsx document properties; kept equal to package.json by a test. */
export const ADDIN_VERSION = '0.1.0';
