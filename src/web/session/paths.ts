export const SIGN_IN_PATH = '/dang-nhap';
