/** The application's version, as package.json says; in /api/health, the OpenAPI description and backup manifests. */
export const APP_VERSION = '0.1.0';
