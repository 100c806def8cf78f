import type { Meta } from '@storybook/react-vite'
import { bannerMeta, reasonStory, type BannerArgs, type BannerStory } from './banner-args'

const meta = {
  title: 'Components/StatusBanner/Waiting for the user',
  tags: ['autodocs'],
  ...bannerMeta('waiting-user'),
} satisfies Meta<BannerArgs>
export default meta

export const Mfa: BannerStory = { ...reasonStory('mfa'), name: 'MFA' }
export const MfaExpired: BannerStory = { ...reasonStory('mfa-expired'), name: 'MFA Expired' }
export const UserAction: BannerStory = reasonStory('user-action')
export const UserActionExpired: BannerStory = reasonStory('user-action-expired')
export const DeviceAuthorization: BannerStory = reasonStory('device-authorization')
