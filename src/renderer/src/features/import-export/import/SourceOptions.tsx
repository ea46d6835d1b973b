import type { MessageKey } from '../../../../../shared/i18n'
import {
  delimiters,
  textEncodings,
  type Delimiter,
  type TextEncodingName,
} from '../../../../../shared/spreadsheet'
import { useI18n } from '../../../i18n/I18nProvider'
import { SelectField } from '../../../ui/Field'
import type { OpenedFile } from './use-import-file'

const delimiterKey: Record<Delimiter, MessageKey> = {
  ',': 'import.delimiter.comma',
  ';': 'import.delimiter.semicolon',
  '\t': 'import.delimiter.tab',
  '|': 'import.delimiter.pipe',
}

/** What was detected in a text file (encoding, separator), with a way to change it. */
export function SourceOptions(props: {
  opened: OpenedFile
  onChange: (options: { encoding?: TextEncodingName; delimiter?: Delimiter }) => void
  disabled: boolean
}) {
  const { t } = useI18n()
  const { encoding, delimiter } = props.opened
  if (!encoding || !delimiter) return null
  const encodingName = t(`import.encoding.${encoding}`)
  return (
    <div className="import-source-options">
      <SelectField
        label={t('import.file.encoding')}
        value={encoding}
        disabled={props.disabled}
        hint={t('import.file.encodingHint', {
          encoding: props.opened.hadBom
            ? `${encodingName} (${t('import.file.bom')})`
            : encodingName,
        })}
        onChange={(e) => props.onChange({ encoding: e.target.value as TextEncodingName })}
        options={textEncodings.map((e) => ({ value: e, label: t(`import.encoding.${e}`) }))}
      />
      <SelectField
        label={t('import.file.delimiter')}
        value={delimiter}
        disabled={props.disabled}
        hint={
          props.opened.sepLine
            ? t('import.file.sepLine')
            : t('import.file.delimiterHint', { delimiter: t(delimiterKey[delimiter]) })
        }
        onChange={(e) => props.onChange({ delimiter: e.target.value as Delimiter })}
        options={delimiters.map((d) => ({ value: d, label: t(delimiterKey[d]) }))}
      />
    </div>
  )
}
