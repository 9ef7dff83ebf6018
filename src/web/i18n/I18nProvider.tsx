import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { shellVi, type MessageKey } from './vi';

export type Language = 'vi' | 'en';
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

type Catalogue = Partial<Record<MessageKey, string>>;

/**
 * The first load carries only what the sign-in page, the shell and the home page say (issue 17: both
 * catalogues whole were some 50 kB of its gzipped JavaScript). The areas' Vietnamese messages come with the first page of an area
 * (`loadAreaMessages`, awaited beside the page's own code), and English when someone chooses it.
 */
const catalogues: Record<Language, Catalogue | null> = { vi: shellVi, en: null };
let areasVi: Promise<void> | null = null;
let areasArrived = false;

/** The areas' Vietnamese messages, fetched once; a page of an area waits for them beside its own code. */
export function loadAreaMessages(): Promise<void> {
  areasVi ??= import('./areas.vi').then(
    (m) => {
      catalogues.vi = { ...catalogues.vi, ...m.areasVi };
      areasArrived = true;
    },
    (error: unknown) => {
      areasVi = null;
      throw error;
    },
  );
  return areasVi;
}

function loadCatalogue(language: Language): Promise<void> {
  if (language === 'vi') return loadAreaMessages();
  if (catalogues.en) return Promise.resolve();
  return import('./en').then((m) => {
    catalogues.en = m.en;
  });
}

const STORAGE_KEY = 'cchc.language';

type I18n = { language: Language; setLanguage: (language: Language) => void; t: Translate };

const I18nContext = createContext<I18n | null>(null);

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const [loads, setLoads] = useState(0);
  const ready = catalogues[language] !== null;

  // A language remembered from an earlier visit is fetched before anything shows; if it cannot be, Vietnamese.
  useEffect(() => {
    if (ready) return;
    loadCatalogue(language).then(
      () => setLoads((n) => n + 1),
      () => setLanguageState('vi'),
    );
  }, [language, ready]);

  // The screen stays in its language until the chosen one has arrived; if it cannot be fetched, nothing changes.
  const setLanguage = useCallback((next: Language) => {
    loadCatalogue(next).then(
      () => {
        setLanguageState(next);
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Private browsing may refuse storage; the choice then lasts for this visit only.
        }
      },
      () => undefined,
    );
  }, []);

  // A message outside the first load asked for before the areas' messages came (by a page not awaiting them)
  // fetches them and is drawn again once they are here, rather than showing its key.
  const missing = useCallback(() => {
    if (!areasArrived) {
      loadAreaMessages().then(
        () => setLoads((n) => n + 1),
        () => undefined,
      );
    }
    return '';
  }, []);

  const value = useMemo<I18n | null>(() => {
    if (!ready) return null;
    // Read at call time: the areas' messages join the catalogue when they arrive.
    const t: Translate = (key, params) => {
      const text = catalogues[language]![key];
      return text === undefined ? missing() : interpolate(text, params);
    };
    return { language, setLanguage, t };
    // `loads` is here so that a new value once more messages have come redraws what showed without them.
  }, [language, setLanguage, ready, missing, loads]);

  return value ? <I18nContext.Provider value={value}>{children}</I18nContext.Provider> : null;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}
