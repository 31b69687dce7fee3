import { memoByPath } from './path-memo.js';
/**
 * Translation files: UI messages keyed by a label (`'password' => 'Passwort'`), not settings. One
 * judgement for every detector that reads a password slot, by the file's name (`de.yml`,
 * `messages_fr.properties`, `pt-BR.json`, `translations.php`) or by a locale's folder (Laravel's
 * `lang/hr/auth.php`, `resources/lang/pt_BR/`, `locales/ja/`).
 */
const TRANSLATION_NAME = /(?:^|[._-])(?:i18n|l10n|locales?|translations?|messages|lang|strings)(?=[._-]|$)/;
/** A file named by a language (`de.json`, `pt-BR.yml`, `messages_fr.properties`). */
const LANGUAGE_NAME =
  /(?:^|[._-])(?:en|de|fr|es|it|pt|nl|sv|nb|da|fi|pl|cs|sk|hu|ro|bg|ru|uk|el|tr|ar|he|fa|hi|ja|ko|zh|vi|th|id|ms|ca|hr|sr|sl|lt|lv|et)(?:[_-][A-Za-z]{2,4})?\.\w{2,10}$/;
// (`localization/` and `localisation/` too: Roundcube's `program/localization/br/labels.inc`)
const LOCALE_FOLDER = /(?:^|\/)(?:lang|locales?|translations|i18n|l10n|locali[sz]ations?)\/[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,4})?\//;
/**
 * In a folder of translations, a file named by any language and its region (`localization/km_KH.inc`, `lang/pt-BR.php`):
 * the region's capitals make it a locale's code, not a short word (`lang/api.php` stays judged), beyond LANGUAGE_NAME's list.
 */
const LOCALE_CODE_NAME = /^[a-z]{2,3}[_-][A-Z]{2}\.\w{2,10}$/;
/**
 * In a folder of translations, a message catalogue named by any two-letter language code (`app/i18n/locales/nn.json`,
 * `locales/eo.json`, `i18n/cy.yml`): LANGUAGE_NAME lists only the common languages, and an app translated by its
 * community has dozens more (Nynorsk, Esperanto, Welsh…), each holding the same `E2EE_password: "E2EE-passord"` labels.
 * Data formats only: a two-letter script (`lang/db.php`) is code.
 */
const TWO_LETTER_LOCALE_NAME = /^[a-z]{2}(?:[_-][A-Za-z]{2,4})?\.(?:json|ya?ml|po|properties|arb|strings|xml)$/;

/** True when the repository-relative path is a translation file. */
export function isTranslationPath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return (
    LOCALE_FOLDER.test(path) ||
    TRANSLATION_NAME.test(name) ||
    LANGUAGE_NAME.test(name) ||
    (TRANSLATIONS_FOLDER.test(path) && (LOCALE_CODE_NAME.test(name) || TWO_LETTER_LOCALE_NAME.test(name)))
  );
}

/**
 * A translation of one language (`locales/de.json`, `lang/hr/auth.php`), by its folders: every value is a message. Narrower
 * than isTranslationPath, which also takes `strings.xml` and `messages.properties`, where Android apps and
 * Java services keep settings (API keys) beside their messages.
 */
export const isLocaleFile: (path: string) => boolean = memoByPath((path) => {
  if (LOCALE_FOLDER.test(path) || ANDROID_LOCALE_STRINGS.test(path)) return true;
  const name = path.slice(path.lastIndexOf('/') + 1);
  return TRANSLATIONS_FOLDER.test(path) && (LANGUAGE_NAME.test(name) || LANGUAGE_VARIANT_NAME.test(name) || TWO_LETTER_LOCALE_NAME.test(name));
});

/**
 * In a folder of translations, a language with a variant of a longer name: Rails' and Crowdin's playful or regional
 * locales (`en_pirate.yml`, `en_valspeak.yml`, `de_formal.json`). Only there: `it_settings.yml` elsewhere is a setting file.
 */
const LANGUAGE_VARIANT_NAME =
  /(?:^|[._-])(?:en|de|fr|es|it|pt|nl|sv|nb|da|fi|pl|cs|sk|hu|ro|bg|ru|uk|el|tr|ar|he|fa|hi|ja|ko|zh|vi|th|id|ms|ca|hr|sr|sl|lt|lv|et)[_-][A-Za-z]{2,12}\.(?:ya?ml|json|po|properties|php|js|ts)$/;

/**
 * An Android app's strings translated into one language: `res/values-it/strings.xml`, `values-pt-rBR/`,
 * `values-b+sr+Latn/` (a language qualifier first; `values-night/`, `values-v21/` are not languages). Keys an app
 * keeps in string resources sit in the default `values/`, which stays judged.
 */
const ANDROID_LOCALE_STRINGS = /(?:^|\/)values-(?:[a-z]{2,3}(?:-r[A-Z]{2})?|b\+[a-z]{2,3}(?:\+[A-Za-z0-9]{2,8}){0,3})(?:-[a-z0-9]{1,12}){0,4}\/strings\.xml$/;

/** A folder of translations anywhere above the file (`web/src/assets/locales/de.json`): a language's name alone (`es.yml`) may be a setting file's. */
const TRANSLATIONS_FOLDER = /(?:^|\/)(?:langs?|locales?|translations|i18n|l10n|locali[sz]ations?)\//;
