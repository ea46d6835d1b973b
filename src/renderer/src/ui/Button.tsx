import type { ButtonHTMLAttributes } from 'react'

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost'

export function Button(props: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  const { variant = 'secondary', className, type = 'button', ...rest } = props
  return <button type={type} className={`btn btn-${variant} ${className ?? ''}`.trim()} {...rest} />
}
