import { describe, expect, it } from 'vitest';
import { isLocaleFile } from '../../../detectors/kit/translations.js';

describe('isLocaleFile', () => {
  it.each([
    'locales/de.json', 'resources/lang/pt_BR/auth.php', 'app/src/main/res/values-it/strings.xml', 'res/values-pt-rBR/strings.xml',
    'res/values-b+sr+Latn/strings.xml', 'res/values-zh-rTW-night/strings.xml',
    'config/locales/diaspora/en_valspeak.yml', 'config/locales/en_pirate.yml', 'src/i18n/de_formal.json',
  ])('%s is a translation into one language', (path) => expect(isLocaleFile(path)).toBe(true));

  it.each([
    'app/src/main/res/values/strings.xml', 'res/values-night/strings.xml', 'res/values-v21/strings.xml', 'res/values-sw600dp/strings.xml',
    'res/values-it/config.xml', 'config/de.yml', 'config/it_settings.yml', 'config/locales/en_valspeak.rb', 'config/locales/deploy_settings.yml',
  ])('%s is not', (path) => expect(isLocaleFile(path)).toBe(false));
});
