import { describe, expect, it } from 'vitest';
import { isLocaleFile, isTranslationPath } from '../../../detectors/kit/translations.js';

describe('isLocaleFile', () => {
  it.each([
    'locales/de.json', 'resources/lang/pt_BR/auth.php', 'app/src/main/res/values-it/strings.xml', 'res/values-pt-rBR/strings.xml',
    'res/values-b+sr+Latn/strings.xml', 'res/values-zh-rTW-night/strings.xml',
    'config/locales/diaspora/en_valspeak.yml', 'config/locales/en_pirate.yml', 'src/i18n/de_formal.json',
    'app/i18n/locales/nn.json', 'src/locales/eo.json', 'i18n/cy.yml',
  ])('%s is a translation into one language', (path) => expect(isLocaleFile(path)).toBe(true));

  it.each([
    'app/src/main/res/values/strings.xml', 'res/values-night/strings.xml', 'res/values-v21/strings.xml', 'res/values-sw600dp/strings.xml',
    'res/values-it/config.xml', 'config/de.yml', 'config/it_settings.yml', 'config/locales/en_valspeak.rb', 'config/locales/deploy_settings.yml',
    'config/nn.json', 'lang/db.php',
  ])('%s is not', (path) => expect(isLocaleFile(path)).toBe(false));
});

describe('isTranslationPath', () => {
  it.each(['program/localization/br/labels.inc', 'plugins/x/localization/km_KH.inc', 'app/localisation/pt-BR.php', 'resources/lang/de/auth.php'])(
    '%s is a translation file',
    (path) => expect(isTranslationPath(path)).toBe(true),
  );
  it.each(['lang/api.php', 'config/db.php', 'src/localization/Loader.php', 'localization/config.php'])(
    '%s is not',
    (path) => expect(isTranslationPath(path)).toBe(false),
  );
});
