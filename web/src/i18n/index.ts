import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogEn } from './catalog.en';
import { catalogNl } from './catalog.nl';
import { en } from './en';
import { fieldEn } from './field.en';
import { fieldNl } from './field.nl';
import { nl } from './nl';
import { portalEn } from './portal.en';
import { portalNl } from './portal.nl';
import { portalServicesEn } from './portal-services.en';
import { portalServicesNl } from './portal-services.nl';
import { salesEn } from './sales.en';
import { salesNl } from './sales.nl';

export type Lang = 'nl' | 'en';
const STORAGE_KEY = 'loyaal.lang';

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl, portal: portalNl }, en: { translation: en, portal: portalEn } },
  lng: initialLang(),
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  returnNull: false,
});
i18n.addResourceBundle('nl', 'sales', salesNl).addResourceBundle('en', 'sales', salesEn);
i18n.addResourceBundle('nl', 'field', fieldNl).addResourceBundle('en', 'field', fieldEn);
i18n.addResourceBundle('nl', 'portalServices', portalServicesNl).addResourceBundle('en', 'portalServices', portalServicesEn);
i18n.addResourceBundle('nl', 'catalog', catalogNl).addResourceBundle('en', 'catalog', catalogEn);

document.documentElement.lang = i18n.language;

/** Switches the UI language now and remembers it in this browser (the server copy is patched by the caller). */
export async function setLanguage(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: ignore */
  }
  document.documentElement.lang = lang;
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
}

export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'nl';
}

export default i18n;
