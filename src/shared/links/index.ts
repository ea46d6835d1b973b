export * from './platforms'
export * from './meeting-link'
export * from './zoom-link'
