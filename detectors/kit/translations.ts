/**
 * Translation files: UI messages keyed by a label (`'password' => 'Passwort'`), not settings. One
 * judgement for every detector that reads a password slot, by the file's name (`de.yml`,
 * `messages_fr.properties`, `pt-BR.json`, `translations.php`) or by a locale's folder (Laravel's
 * `lang/hr/auth.php`, `resources/lang/pt_BR/`, `locales/ja/`).
 */
const TRANSLATION_NAME =
  /(?:^|[._-])(?:i18n|l10n|locales?|translations?|messages|lang|strings)(?=[._-]|$)|(?:^|[._-])(?:en|de|fr|es|it|pt|nl|sv|nb|da|fi|pl|cs|sk|hu|ro|bg|ru|uk|el|tr|ar|he|fa|hi|ja|ko|zh|vi|th|id|ms|ca|hr|sr|sl|lt|lv|et)(?:[_-][A-Za-z]{2,4})?\.\w{2,10}$/;
const LOCALE_FOLDER = /(?:^|\/)(?:lang|locales?|translations|i18n|l10n)\/[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,4})?\//;

/** True when the repository-relative path is a translation file. */
export function isTranslationPath(path: string): boolean {
  return LOCALE_FOLDER.test(path) || TRANSLATION_NAME.test(path.slice(path.lastIndexOf('/') + 1));
}
