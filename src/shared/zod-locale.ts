import { z } from 'zod';

/** Validation messages in Vietnamese wherever a schema does not give its own. */
z.config(z.locales.vi());
